import factory
from django.contrib.auth import get_user_model
from factory.django import DjangoModelFactory

from leads.models import Lead, LeadSource, ProductLine, Team


class UserFactory(DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    password = factory.django.Password("secret-pass")


class TeamFactory(DjangoModelFactory):
    class Meta:
        model = Team
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Team {n}")


class LeadSourceFactory(DjangoModelFactory):
    class Meta:
        model = LeadSource
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"source-{n}")
    name = factory.LazyAttribute(lambda s: s.code.title())


class ProductLineFactory(DjangoModelFactory):
    class Meta:
        model = ProductLine
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"line-{n}")
    name = factory.LazyAttribute(lambda p: p.code.title())


class LeadFactory(DjangoModelFactory):
    class Meta:
        model = Lead

    email = factory.Sequence(lambda n: f"lead{n}@example.com")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    company = factory.Faker("company")
    source = factory.SubFactory(LeadSourceFactory, code="website")
