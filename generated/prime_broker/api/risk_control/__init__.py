"""The operations of one section of the document (generated)."""
