"""Admin menu items of the registered plugins (the host adds them; plugins name none here)."""

from wagtail import hooks

from services.registry import registry

# Wagtail imports this module after every app's ready(), so the registry is complete.
for plugin in registry:
    if plugin.menu_items is None:
        continue
    for menu_item in plugin.menu_items():
        hooks.register("register_admin_menu_item", lambda item=menu_item: item)
