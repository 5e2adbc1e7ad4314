"""The one build step pyproject.toml cannot say: the wheel gets the compiled
translations (.qm), made from the .ts sources with Qt's lrelease (PySide6 is a build
requirement) by ``scripts/compile_translations.py`` — the script the checkout uses.
Everything else about the package is in pyproject.toml."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads them from the checkout (scripts/bootstrap)
        spec = importlib.util.spec_from_file_location(
            "compile_translations", HERE / "scripts" / "compile_translations.py"
        )
        assert spec is not None and spec.loader is not None
        compiler = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(compiler)
        target = Path(self.build_lib) / "gsmeet" / "resources" / "translations"
        failures = compiler.compile_all(target)
        if failures:
            raise SystemExit("\n".join(failures))


setup(cmdclass={"build_py": BuildWithTranslations})
