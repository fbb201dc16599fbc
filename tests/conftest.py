from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = ROOT / "seeds" / "is_albu_kamal_2017-11-09.txt"

# Hypothesis profiles, chosen by HYPOTHESIS_PROFILE (default "ci"):
#   ci    fast and reproducible enough for every push: 100 examples a test, failures printed
#         with a blob to reproduce them (@reproduce_failure).
#   dev   quicker still, for the edit-test loop.
#   long  the long local run: 12 500 examples a test (the property tests of
#         test_robustness.py and test_strategies.py together draw over 100 000 inputs), no
#         health checks; HYPOTHESIS_LONG_EXAMPLES sets another number. Run it with
#         --hypothesis-show-statistics to see the counts.
settings.register_profile(
    "ci",
    max_examples=100,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=30, deadline=None)
settings.register_profile(
    "long",
    max_examples=int(os.environ.get("HYPOTHESIS_LONG_EXAMPLES", "12500")),
    deadline=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    with open(FIXTURES / "is_albu_kamal_2017-11-09.gold.json", encoding="utf-8") as fh:
        data: dict[str, Any] = json.load(fh)
    return data
