import threading

import pytest
from django.db import connection

from leads.models import Lead, StageChange
from leads.services import MoveConflict, lead_move
from tests.factories import LeadFactory

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_of_16_concurrent_accepts_exactly_one_wins(users):
    lead = LeadFactory(stage="mql", team=users["rep"].teams.get())
    reps = [users["rep"], users["rep2"], users["manager"], users["admin"]]
    start = threading.Barrier(16)
    outcomes: list[str] = []
    lock = threading.Lock()

    def accept(n: int) -> None:
        try:
            mine = Lead.objects.get(pk=lead.pk)  # each thread saw the lead as an MQL
            start.wait(timeout=30)
            try:
                lead_move(lead=mine, action="accept", by=reps[n % 4], via="api")
                result = "won"
            except MoveConflict as exc:
                result = f"conflict:{exc.current_stage}"
            with lock:
                outcomes.append(result)
        finally:
            connection.close()

    threads = [threading.Thread(target=accept, args=(n,)) for n in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(outcomes) == ["conflict:sal"] * 15 + ["won"]
    assert StageChange.objects.filter(lead=lead).count() == 1
    assert Lead.objects.get(pk=lead.pk).stage == "sal"


def test_the_database_refuses_a_second_lead_with_the_same_email_in_another_case():
    from django.db import IntegrityError

    LeadFactory(email="ada@example.com")
    with pytest.raises(IntegrityError):
        Lead.objects.create(email="Ada@Example.com")
