"""Subscribers in the admin: the list with counts per topic and language, and CSV export."""

from django.conf import settings
from django.contrib.admin import SimpleListFilter
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail_modeladmin.options import ModelAdmin, modeladmin_register
from wagtail_modeladmin.views import IndexView

from services.subscriptions.models import Subscriber, Subscription, Topic


class SubscribedTopicFilter(SimpleListFilter):
    title = _("topic")
    parameter_name = "topic"

    def lookups(self, request, model_admin):
        return Topic.choices

    def queryset(self, request, queryset):
        if self.value() in Topic.values:
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
        table: dict[str, dict[str, int]] = {topic: {} for topic in Topic.values}
        for row in counts:
            table[row["topic"]][row["subscriber__language"]] = row["n"]
        context["subscription_counts"] = {
            "languages": settings.LANGUAGES,
            "rows": [
                {
                    "label": Topic(topic).label,
                    "counts": [table[topic].get(code, 0) for code, _name in settings.LANGUAGES],
                    "total": sum(table[topic].values()),
                }
                for topic in Topic.values
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
