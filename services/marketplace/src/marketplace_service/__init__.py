"""The marketplace service: stores, products, catalogue search, cart, checkout, orders, payments."""
