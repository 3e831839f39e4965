"""Rules: the lexicon schema and its validation, token patterns, and the rule index.

Rules are data (lexicons/*.yaml); this package turns them into compiled, indexed Rule objects.
"""

from hirelint.rules.ruleset import RuleSet, load_ruleset
from hirelint.rules.schema import LexiconError, Rule

__all__ = ["LexiconError", "Rule", "RuleSet", "load_ruleset"]
