import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Locale

from bulletin.models import BulletinIssuePage
from home.models import StandardPage
from services.complaints.models import Category, Complaint, Department
from services.subscriptions.models import Subscriber


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("a-good-passphrase")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(*Group.objects.filter(name__in=extracted))


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Faqja {n}")
    intro = "Një hyrje e shkurtër."


ImageFactory = wagtail_factories.ImageFactory
DocumentFactory = wagtail_factories.DocumentFactory


class BulletinIssuePageFactory(wagtail_factories.PageFactory):
    """An issue; give ``parent`` (the archive) and it is added under it."""

    class Meta:
        model = BulletinIssuePage

    title = factory.Sequence(lambda n: f"Numri {n}")
    # Twelve months a year from 2030, so that each issue has its own address (yyyy-mm).
    year = factory.Sequence(lambda n: 2030 + n // 12)
    month = factory.Sequence(lambda n: n % 12 + 1)
    number = factory.Sequence(lambda n: 1000 + n)
    intro = "Lajmet e muajit."


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Department

    name = factory.Sequence(lambda n: f"Departamenti {n}")
    locale = factory.LazyFunction(Locale.get_default)


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Kategoria {n}")
    default_department = factory.SubFactory(DepartmentFactory)
    locale = factory.LazyFunction(Locale.get_default)


class ComplaintFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Complaint

    subject = factory.Sequence(lambda n: f"Ankesa {n}")
    text = "Llambat nuk ndizen."
    category = factory.SubFactory(CategoryFactory)
    department = factory.LazyAttribute(lambda complaint: complaint.category.default_department)
    language = "sq"


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed subscriber; ``topics=["bulletin"]`` subscribes them."""

    class Meta:
        model = Subscriber
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"abonent{n}@example.org")
    language = "sq"

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        for topic in extracted or []:
            self.subscriptions.create(topic=topic)
