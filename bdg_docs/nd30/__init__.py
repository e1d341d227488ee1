"""Nghị định 30/2020/NĐ-CP in one place.

Every rule of the spec (docs/nd30-rules.md, from ../shared/spec/nd30-layout.md §5) that bdg_docs
enforces is defined here once and used twice: by the models, which refuse input that would
break it, and by the checker, which audits a finished .docx. Each submodule holds one element
of the layout and follows the same verbs: ``format_*`` writes the ND30 form, ``validate_*``
returns the normalised value or raises :class:`bdg_docs.errors.RuleViolation`, ``is_valid_*``
wraps it.
"""
from bdg_docs.nd30.rules import RULES, Level, Rule

__all__ = ["RULES", "Level", "Rule"]
