from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem

from bulletin import sending, views
from bulletin.models import BulletinIssuePage


@hooks.register("register_admin_urls")
def bulletin_urls():
    return [path("bulletin/send/<int:page_id>/", views.send_issue, name="bulletin_send")]


class SendByEmailButton(PageMenuItem):
    label = _("Send by e-mail")
    icon_name = "mail"

    def is_shown(self, user):
        return (
            sending.can_send()
            and self.page.live
            and isinstance(self.page.specific_deferred, BulletinIssuePage)
            and self.page.permissions_for_user(user).can_publish()
        )

    @cached_property
    def url(self):
        return reverse("bulletin_send", args=[self.page.pk])


@hooks.register("register_page_listing_more_buttons")
def send_button(page, user, next_url=None):
    yield SendByEmailButton(page=page, priority=60)
