"""Errors the user can act on. The CLI prints them as one line and exits with code 2."""


class InputError(Exception):
    """Bad input: a missing path, an empty or binary file, invalid JSON, and the like."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason
