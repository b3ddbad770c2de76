"""One module per operation, grouped by the document's sections (generated)."""
