"""Test configuration shared by tests/, docs/ and the docstrings in src/.

- Hypothesis profiles: `default`, `fast` (quick local runs) and `ci` (more examples,
  derandomized so CI is repeatable); pick one with HYPOTHESIS_PROFILE.
- Sybil runs the Python examples in README.md and docs/**/*.md and the doctests in
  src/ docstrings,
  so documentation that drifts from the code fails the build.
"""

from __future__ import annotations

import os
from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from hypothesis import HealthCheck, settings
from sybil import Sybil
from sybil.parsers.markdown import PythonCodeBlockParser, SkipParser
from sybil.parsers.rest import DocTestParser
from sybil.sybil import SybilCollection

settings.register_profile("default", deadline=None)
settings.register_profile("fast", deadline=None, max_examples=20)
settings.register_profile(
    "ci",
    deadline=None,
    max_examples=200,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

_FLAGS = ELLIPSIS | NORMALIZE_WHITESPACE

pytest_collect_file = SybilCollection(
    [
        Sybil(
            parsers=[PythonCodeBlockParser(doctest_optionflags=_FLAGS), SkipParser()],
            patterns=["*.md"],
            path="docs",
        ),
        Sybil(
            parsers=[PythonCodeBlockParser(doctest_optionflags=_FLAGS)],
            patterns=["README.md"],
            path=".",
            excludes=["docs/*", "src/*", "tests/*", "site/*"],
        ),
        Sybil(
            parsers=[DocTestParser(optionflags=_FLAGS)],
            patterns=["*.py"],
            path="src",
        ),
    ]
).pytest()
