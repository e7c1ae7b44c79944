import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.models import StandardPage


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
