"""The suite's media storage: in memory, with one file tree per process and storage name.

Django builds the storages anew whenever a test changes ``STORAGES`` (tests that need files
on disk, for the PDF renderer or the backups), and a plain ``InMemoryStorage`` then starts
empty: the demo's pictures, drawn once per worker, would be gone for every later test.
"""

from typing import Any, ClassVar

from django.core.files.storage import InMemoryStorage
from django.core.files.storage.memory import InMemoryDirNode


class ProcessMemoryStorage(InMemoryStorage):
    _trees: ClassVar[dict[str, InMemoryDirNode]] = {}

    def __init__(self, *args: Any, tree: str = "default", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._root = self._trees.setdefault(tree, self._root)
