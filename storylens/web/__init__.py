"""The web app and HTTP API over the digest core (``storylens serve``)."""
