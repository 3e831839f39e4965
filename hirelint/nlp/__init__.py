"""The NLP layer: cheap sentence splitting for candidate finding, and the spaCy pipeline.

The spaCy pipeline (the trained Swedish model shipped in ``sv_hirelint``, or the blank floor)
is loaded lazily, once, and only asked about sentences where a rule matched; most text never
reaches it. That keeps throughput and cold start low.
"""

from hirelint.nlp.pipeline import NLP
from hirelint.nlp.sentences import split_sentences

__all__ = ["NLP", "split_sentences"]
