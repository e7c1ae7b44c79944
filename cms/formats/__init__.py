"""The project's date and number formats per language (``FORMAT_MODULE_PATH``), as
docs/LANGUAGE.md ("Dates and times", "Numbers, money, references") sets them.

Django's own formats for Albanian group no thousands and write dates as 2019-04-05; its
Serbian short date has no leading zero. Templates and code use the names
(``|date:"SHORT_DATE_FORMAT"``, ``services.formats``), never a hard-coded pattern.
``CURRENCY_PATTERN`` is ours (read by ``services.formats.money``): where the euro sign goes.
"""
