"""Builders of the Word-style test corpus (tests/data/word/); run ``python tools/make_word_corpus.py``."""
