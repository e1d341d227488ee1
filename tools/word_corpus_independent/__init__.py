"""An independent corpus of Word documents for the Decree 30 checker (see __main__.py)."""
