"""Qt models: remote Odyssee lists fetched page by page, and small local tables."""
