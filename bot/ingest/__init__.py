"""Ingestion: sources (feeds, pages, Telegram channels, files) → articles and facts."""
