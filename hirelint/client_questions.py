"""Questions for the client: advice for findings that need a decision of substance.

A citizenship demand, a driving licence, health, an age limit or a demand about family life may
rest on a real need or on none; the tool cannot tell which. For the rules of such a topic
(``lexicons/client_questions.yaml``) the finding offers no rewrite: its advice is the question to
ask the client and a model wording for each answer (an empty wording: strike the demand).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from hirelint.model import Answer, Finding, Suggestion


@dataclass(frozen=True)
class Topic:
    """One topic: its advice, the question and the answers with their wordings (templates that
    may use ``{match}``)."""

    name: str
    advice: str
    question: str
    answers: tuple[tuple[str, str], ...]


class ClientQuestions:
    """The topics by rule code."""

    def __init__(self, table: dict):
        self.by_code: dict[str, Topic] = {}
        for name, raw in (table.get("topics") or {}).items():
            topic = Topic(
                name,
                " ".join(str(raw.get("advice", "")).split()),
                str(raw["question"]),
                tuple((str(a["answer"]), str(a.get("wording") or "")) for a in raw.get("answers") or ()),
            )
            for code in raw.get("codes") or ():
                self.by_code[str(code)] = topic

    def advise(self, finding: Finding) -> Finding:
        """The finding with its rewrites replaced by the topic's question, when it has a topic."""
        topic = self.by_code.get(finding.code)
        if topic is None:
            return finding
        match = finding.text.strip()
        answers = tuple(
            Answer(answer, _capitalised(wording.replace("{match}", match))) for answer, wording in topic.answers
        )
        advice = [s for s in finding.suggestions if s.applicability == "advice"]
        # The rule's own advice is the more specific text; the topic's stands in when it has none.
        first = advice.pop(0).text if advice else topic.advice
        ask = Suggestion(first, "advice", question=topic.question, answers=answers)
        return dataclasses.replace(finding, suggestions=(ask, *advice))


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text
