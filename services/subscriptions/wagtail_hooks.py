"""Subscribers in the admin (counts per topic and language, CSV export), and "Send by e-mail"
on every page type a section registered with a mail topic."""

from django.conf import settings
from django.contrib.admin import SimpleListFilter
from django.db.models import Count
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.action_menu import ActionMenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register
from wagtail_modeladmin.views import IndexView

from services.subscriptions.admin_views import mail_topic, send_page
from services.subscriptions.models import Subscriber, Subscription, topic_choices, topic_label


class SubscribedTopicFilter(SimpleListFilter):
    title = _("topic")
    parameter_name = "topic"

    def lookups(self, request, model_admin):
        return topic_choices()

    def queryset(self, request, queryset):
        if self.value() in dict(topic_choices()):
            return queryset.filter(subscriptions__topic=self.value())
        return queryset


class SubscriberIndexView(IndexView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        counts = (
            Subscription.objects.values("topic", "subscriber__language")
            .annotate(n=Count("pk"))
            .order_by()
        )
        # Registered topics first; then any stored topic whose section is gone, by its key.
        table: dict[str, dict[str, int]] = {key: {} for key, _label in topic_choices()}
        for row in counts:
            table.setdefault(row["topic"], {})[row["subscriber__language"]] = row["n"]
        context["subscription_counts"] = {
            "languages": settings.LANGUAGES,
            "rows": [
                {
                    "label": topic_label(topic),
                    "counts": [table[topic].get(code, 0) for code, _name in settings.LANGUAGES],
                    "total": sum(table[topic].values()),
                }
                for topic in table
            ],
        }
        return context


class SubscriberAdmin(ModelAdmin):
    model = Subscriber
    menu_label = _("Subscribers")
    menu_icon = "mail"
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = SubscriberIndexView
    index_template_name = "subscriptions/admin/index.html"
    list_display = ("email", "language", "topic_labels", "confirmed_at")
    list_filter = ("language", SubscribedTopicFilter)
    search_fields = ("email",)
    list_export = ("email", "language", "topic_labels", "confirmed_at")
    export_filename = "subscribers"


modeladmin_register(SubscriberAdmin)


@hooks.register("register_admin_urls")
def send_page_urls():
    return [path("mail/send/<int:page_id>/", send_page, name="subscriptions_send_page")]


def _may_send(page, user) -> bool:
    return bool(
        page.live and mail_topic(page) is not None and page.permissions_for_user(user).can_publish()
    )


class SendByEmailButton(PageMenuItem):
    label = _("Send by e-mail")
    icon_name = "mail"

    def is_shown(self, user):
        return _may_send(self.page, user)

    @cached_property
    def url(self):
        return reverse("subscriptions_send_page", args=[self.page.pk])


@hooks.register("register_page_listing_more_buttons")
def send_button(page, user, next_url=None):
    yield SendByEmailButton(page=page, priority=60)


class SendByEmailMenuItem(ActionMenuItem):
    """The same action in the edit screen's menu, beside Publish."""

    label = _("Send by e-mail")
    name = "action-send-by-email"
    icon_name = "mail"

    def is_shown(self, context):
        page = context.get("page")
        return (
            context["view"] == "edit"
            and page is not None
            and _may_send(page, context["request"].user)
        )

    def get_url(self, parent_context):
        return reverse("subscriptions_send_page", args=[parent_context["page"].pk])


@hooks.register("register_page_action_menu_item")
def send_menu_item():
    return SendByEmailMenuItem(order=60)
