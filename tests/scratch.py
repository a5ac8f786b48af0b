"""A test case with a scratch directory of its own, removed after each test."""
import pathlib
import tempfile
import unittest


class ScratchTest(unittest.TestCase):
    def setUp(self):
        scratch = tempfile.TemporaryDirectory()
        self.addCleanup(scratch.cleanup)
        self.tmp = pathlib.Path(scratch.name)

    def write(self, name, data):
        """Writes `data` (bytes, or text as UTF-8) to `name` in the scratch directory."""
        path = self.tmp / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path
