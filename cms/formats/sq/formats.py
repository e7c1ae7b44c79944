# Albanian as Kosovo institutions write it: 05.04.2019, 5 prill 2019, prill 2019, 1.234,56 €.
# Month names come from the project catalog (services/catalog_extras.py): lowercase.
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "d.m.Y H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
# The euro sign after the amount, after a no-break space.
CURRENCY_PATTERN = "{amount}\u00a0€"
