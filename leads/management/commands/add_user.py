from django.core.management.base import BaseCommand, CommandError

from leads.accounts import user_create_with_role
from leads.roles import Role


class Command(BaseCommand):
    help = "Create a user in a role and print their API token as the last line."

    def add_arguments(self, parser) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=Role.values)
        parser.add_argument("--password", help="Without one the user cannot log in to the UI.")
        parser.add_argument("--team", help="Team to join (created if new).")
        parser.add_argument("--email", default="")

    def handle(self, *args, username: str, role: str, password, team, email, **options) -> None:
        if not username.strip():
            raise CommandError("USERNAME must not be empty.")
        user, token = user_create_with_role(
            username=username.strip(), role=role, password=password, team=team, email=email
        )
        self.stderr.write(f"User {user.get_username()} is a {Role(role).label}.")
        self.stdout.write(token)
