"""The monthly information bulletin: the archive and its issues."""

from collections.abc import Mapping
from datetime import date, datetime

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.http import FileResponse, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.dates import MONTHS
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from bulletin.blocks import SectionsBlock
from bulletin.feeds import BulletinFeed
from bulletin.pdf import render_pdf
from bulletin.workflow import NeutralityApprovalTask  # noqa: F401  (a model: Django finds it here)
from home.addresses import for_email
from home.images import image_representation
from home.models import BasePage, MunicipalityIdentity
from services.capabilities import RenderedEmail


class BulletinIndexPage(RoutablePageMixin, BasePage):
    """The archive of issues, by year, with an Atom feed per language."""

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["bulletin.BulletinIssuePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("bulletin archive")

    def issues(self):
        return BulletinIssuePage.objects.child_of(self).live().public().order_by("-year", "-month")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        by_year: dict[int, list] = {}
        for issue in self.issues():
            by_year.setdefault(issue.year, []).append(issue)
        context["issues_by_year"] = sorted(by_year.items(), reverse=True)
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        return BulletinFeed(self)(request)


def issue_slug(year: int, month: int) -> str:
    """Every issue's address, in every language: ``2019-04``."""
    return f"{year:04d}-{month:02d}"


class BulletinIssueForm(WagtailAdminPageForm):
    """Suggests the next issue: the month after the latest one, and the next number. The
    address follows from the year and month (``issue_slug``): it is shown, not typed."""

    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        if "slug" in self.fields:
            slug = self.fields["slug"]
            slug.disabled = True
            slug.required = False
            slug.help_text = _("Set from the issue's year and month, e.g. 2019-04.")
        if self.instance.pk or parent_page is None:
            return
        # Counted from issues published, scheduled or ever submitted to the review: the
        # editor's autosave keeps a draft of every "Add issue" started, and an abandoned one
        # must not move the suggestion on (the checks below still name its month and number).
        latest = (
            BulletinIssuePage.objects.child_of(parent_page)
            .filter(
                Q(live=True)
                | Q(first_published_at__isnull=False)
                | Q(go_live_at__isnull=False)
                | Q(_workflow_states__isnull=False)
            )
            .distinct()
            .order_by("-number")
            .first()
            if parent_page.pk
            else None
        )
        if latest:
            year, month = (
                (latest.year + 1, 1) if latest.month == 12 else (latest.year, latest.month + 1)
            )
            number = latest.number + 1
        else:
            today = date.today()
            year, month, number = today.year, today.month, 1
        for field, value in (
            ("year", year),
            ("month", month),
            ("number", number),
            ("slug", issue_slug(year, month)),
        ):
            if field in self.fields and not self.initial.get(field):
                self.initial[field] = value
        # The bulletin comes out on the first of its month: suggest that as the go-live time.
        first_day = timezone.make_aware(datetime(year, month, 1, 8, 0))
        if "go_live_at" in self.fields and first_day > timezone.now():
            self.initial.setdefault("go_live_at", first_day)

    def clean(self):
        year, month = self.cleaned_data.get("year"), self.cleaned_data.get("month")
        if "slug" in self.fields and year and month:
            # Before Wagtail's check of the slug among the issue's siblings (super().clean()).
            self.cleaned_data["slug"] = issue_slug(year, month)
        data = super().clean()
        parent = self.parent_page if not self.instance.pk else self.instance.get_parent()
        if parent is None or not parent.pk:
            return data
        siblings = BulletinIssuePage.objects.child_of(parent).exclude(pk=self.instance.pk)
        number = data.get("number")
        if year and month and siblings.filter(year=year, month=month).exists():
            # Said on the month (the address only follows from it, on the Promote tab).
            self.errors.pop("slug", None)
            self.add_error(
                "month",
                _("There is already an issue for %(month)s %(year)s.")
                % {"month": MONTHS.get(month, month), "year": year},
            )
        if number and siblings.filter(number=number).exists():
            self.add_error("number", _("Issue number %(number)s is taken.") % {"number": number})
        return data


class BulletinIssuePage(RoutablePageMixin, BasePage):
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    month = models.PositiveSmallIntegerField(
        _("month"),
        choices=sorted(MONTHS.items()),
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    number = models.PositiveIntegerField(_("issue number"))
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    editorial = RichTextField(_("editorial"), blank=True, features=["bold", "italic", "link"])
    sections = StreamField(SectionsBlock(), blank=True, verbose_name=_("sections"))

    base_form_class = BulletinIssueForm
    # The address is the year and month (``issue_slug``), the same in every language: copied to
    # each translation with the year and month, not offered to translators as a text.
    override_translatable_fields = [SynchronizedField("slug")]
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("year"), FieldPanel("month"), FieldPanel("number")])],
            heading=_("Issue"),
        ),
        FieldPanel("cover_image"),
        FieldPanel("intro"),
        FieldPanel("editorial"),
        FieldPanel("sections"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("editorial"),
        index.SearchField("sections"),
        index.FilterField("year"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("year"),
        APIField("month"),
        APIField("number"),
        APIField("cover"),
        APIField("pdf"),
        APIField("editorial"),
        APIField("sections"),
    ]
    # What ``pdf`` reads, fetched at once for a whole API list (``home.page_list``).
    api_list_prefetch = {"pdf": ("bulletin_pdf__document",)}
    parent_page_types = ["bulletin.BulletinIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("bulletin issue")
        verbose_name_plural = _("bulletin issues")

    def _keep_issue_slug(self) -> None:
        # Whatever sets the slug (the editor, wagtail-localize's translated slug, the API, a
        # script), an issue's address is its year and month, the same in every language.
        if self.year and self.month:
            self.slug = issue_slug(self.year, self.month)

    def full_clean(self, *args, **kwargs):
        self._keep_issue_slug()
        return super().full_clean(*args, **kwargs)

    def minimal_clean(self) -> None:
        # What Wagtail checks instead of full_clean for a page that is not live.
        self._keep_issue_slug()
        super().minimal_clean()

    def save(self, *args, **kwargs):
        self._keep_issue_slug()
        return super().save(*args, **kwargs)

    @property
    def cover(self) -> dict | None:
        # Decorative, as the site shows it: the issue's title says what it is about.
        return image_representation(self.cover_image, decorative=True)

    @property
    def preview_modes(self):
        return [("", _("Web")), ("pdf", _("PDF")), ("email", _("E-mail"))]

    def serve_preview(self, request, mode_name):
        """The editor sees the three editions before publishing."""
        if mode_name == "pdf":
            return HttpResponse(render_pdf(self), content_type="application/pdf")
        if mode_name == "email":
            email = self.render_email({"unsubscribe_url": "#", "my_data_url": "#"}, request)
            return HttpResponse(email.html)
        return super().serve_preview(request, mode_name)

    def render_email(
        self, links: Mapping[str, str], request: HttpRequest | None = None
    ) -> RenderedEmail:
        """The e-mail edition in the issue's language (``services.capabilities.MailablePage``).

        Every address in it is absolute (``home.addresses``): a mail client has no site to
        resolve ``/media/…`` or an editor's link to another page against."""
        context = {
            "page": self,
            "edition": "email",
            "identity": self._identity,
            "pdf_url": self.pdf_url if self.has_pdf else None,
            **links,
        }
        with translation.override(self.locale.language_code):
            html = render_to_string("bulletin/email/issue.html", context, request=request)
            return RenderedEmail(
                subject=self.title,
                text=render_to_string("bulletin/email/issue.txt", context),
                html=for_email(html, self.full_url or ""),
            )

    @cached_property
    def _identity(self) -> MunicipalityIdentity | None:
        # Read once for a whole mailing: the same page renders every subscriber's message.
        site = self.get_site()
        return MunicipalityIdentity.for_site(site) if site else None

    @path("pdf/", name="pdf")
    def serve_pdf(self, request: HttpRequest) -> HttpResponseBase:
        """The print edition at one address per issue and language that never changes: a
        re-publish stores the rebuilt PDF under a new file name, and links already shared (in
        mails, on social media) must still lead to the latest one."""
        try:
            document = self.bulletin_pdf.document
            handle = document.file.open("rb")
        except (IssuePDF.DoesNotExist, FileNotFoundError):
            # Not built yet (it is, in the background, once the issue is published).
            return TemplateResponse(
                request, "bulletin/pdf_missing.html", {"page": self}, status=404
            )
        name = f"bulletin-{self.year}-{self.month:02d}-{self.locale.language_code}.pdf"
        # Inline (read in the browser); and revalidated, so a rebuilt PDF is seen at once.
        response = FileResponse(handle, content_type="application/pdf", filename=name)
        response["Cache-Control"] = "no-cache"
        return response

    @property
    def has_pdf(self) -> bool:
        try:
            return self.bulletin_pdf is not None
        except IssuePDF.DoesNotExist:
            return False

    @property
    def pdf_url(self) -> str:
        """The print edition's stable address (``serve_pdf``), absolute."""
        return f"{self.full_url or ''}{self.reverse_subpage('pdf')}"

    @property
    def pdf(self) -> dict | None:
        """The print edition in this language, once built (a background task on publish)."""
        try:
            edition = self.bulletin_pdf
        except IssuePDF.DoesNotExist:
            return None
        return {
            # The stable address, not the file's: that changes with every rebuild.
            "url": self.pdf_url,
            "file_size": edition.document.file_size,
            "built_at": edition.built_at,
        }

    @property
    def month_name(self) -> str:
        return str(MONTHS[self.month])


class IssuePDF(models.Model):
    """The print edition of one issue in one language (each translation has its own)."""

    wagtail_reference_index_ignore = True

    page = models.OneToOneField(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="bulletin_pdf"
    )
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    built_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.document.title
