"""Stores, products and orders (not built yet)."""
