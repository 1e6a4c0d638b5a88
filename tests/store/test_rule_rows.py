"""Rules and the rule log in a real workspace file: every field written and read back as it was."""

from datetime import date, datetime

from planner.core.commands import new_workspace
from planner.core.model import Workspace
from planner.core.rules import Rule, RuleLog
from tests.postgres_server import open_reader, open_store


def test_rules_and_their_log_come_back_from_the_file_as_they_were(location):
    ws = Workspace()
    new_workspace().apply(ws)
    rule = Rule(1, "Create social posts", {"event": "moved_to", "status_id": 4},
                {"title_contains": "post", "label_id": 2},
                [{"do": "create_task", "title": "Share “it”", "days": 1, "then": [{"title": "Reply", "days": 2}]}],
                enabled=False, area_id=3, position=2, checked_through=date(2026, 11, 2))  # fmt: skip
    entry = RuleLog(1, 1, "Create social posts", datetime(2026, 11, 3, 9, 30), "Move card", None, "created “Share”")
    ws.put("rule", rule)
    ws.put("rule_log", entry)
    with open_store(location) as file:
        file.insert_all(ws)
    with open_reader(location) as file:
        again = file.load()
    assert again.rules == {1: rule} and again.rule_logs == {1: entry}
