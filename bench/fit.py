"""Benchmark: how well LeadCRM's fit ranks unseen leads, against the usual learners.

    .venv/bin/python bench/fit.py [--seed 0] [--only olist|generated]

Two data sets: the public Olist funnel (../shared/data/olist: origin and landing page of 8,000
MQLs, 842 won) and a generated one with known structure (non-linear numeric effects, a rare
but strong category, a noisy field with no effect, activities for and against). Each is split
80/20 (stratified, the same split for every learner); on the 20% the held-out ROC AUC of:
LeadCRM's fit (the engine's 0-100 totals of the fitted rules), scikit-learn's logistic
regression on the same one-hot + quantile-bin features, an explainable boosting machine
(interpret-core, no interactions, if installed) and HistGradientBoosting. Also the fit's
cross-validated AUC (computed on the 80% only) and the held-out Brier score of its likelihood.
Goal: LeadCRM >= logistic regression and within 0.005 of the EBM; CV AUC within 0.01 of held-out.
"""

from __future__ import annotations

import argparse
import csv
import logging
import math
import os
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "leadcrm.settings")
os.environ.setdefault("DEBUG", "1")

import django

django.setup()

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from scipy import sparse  # noqa: E402
from sklearn.ensemble import HistGradientBoostingClassifier  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import brier_score_loss, roc_auc_score  # noqa: E402
from sklearn.model_selection import train_test_split  # noqa: E402

from scoring.fit import fit  # noqa: E402
from scoring.fit.core import engine_scores  # noqa: E402
from scoring.fit.shapes import candidate_shapes  # noqa: E402
from scoring.kinds.engagement import metrics  # noqa: E402
from scoring.outcomes import Example  # noqa: E402
from scoring.spec import Fact  # noqa: E402

OLIST = Path(__file__).resolve().parents[2] / "shared" / "data" / "olist"
T0 = datetime(2026, 1, 5, tzinfo=UTC)
LABELS = {
    "demo_request": "Demo requested",
    "unsubscribe": "Unsubscribed",
    "content_download": "Content downloaded",
}


def example(i: int, values: dict, facts: list[Fact], cutoff: datetime, label: bool) -> Example:
    base = {
        "email": "",
        "source": "",
        "company_size": None,
        "do_not_email": False,
        "attributes": {},
    }
    return Example(
        lead_id=i,
        values={**base, **values},
        facts=facts,
        counts=dict(Counter(f.type for f in facts)),
        measured=metrics(facts, cutoff),
        cutoff=cutoff,
        reached=set(),
        label=label,
    )


def olist() -> list[Example]:
    with open(OLIST / "olist_closed_deals_dataset.csv", newline="") as f:
        won = {row["mql_id"] for row in csv.DictReader(f)}
    with open(OLIST / "olist_marketing_qualified_leads_dataset.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    return [
        example(
            i,
            {
                "source": row["origin"].strip(),
                "attributes": {"landing_page_id": row["landing_page_id"]},
            },
            [],
            T0,
            row["mql_id"] in won,
        )
        for i, row in enumerate(rows)
    ]


def generated(n: int = 20_000, seed: int = 7) -> list[Example]:
    """Known structure: company size helps up to ~500 then falls off (a hump on the log
    scale), budget is U-shaped, industry matters, 1.5% are partner referrals with +2.5
    log-odds, `noise` (60 values) and `color` mean nothing, a demo request helps, an
    unsubscribe hurts, page views help with diminishing returns."""
    rng = np.random.default_rng(seed)
    industries = ["software", "retail", "mining", "finance", "health", "education"]
    effect = dict(zip(industries, [0.8, -0.2, -0.9, 0.5, 0.1, -0.4], strict=True))
    out = []
    for i in range(n):
        size = int(np.exp(rng.normal(4.5, 1.6)))
        budget = float(np.round(rng.uniform(0, 100), 2))
        industry = industries[rng.integers(len(industries))]
        partner = rng.random() < 0.015
        views = int(rng.poisson(rng.choice([0.5, 3, 12])))
        demo = rng.random() < 0.2
        unsubscribed = rng.random() < 0.1
        logit = (
            -2.2
            + 1.2 * math.exp(-((math.log(size + 1) - 6.2) ** 2) / 2)
            + 0.0009 * (budget - 50) ** 2
            + effect[industry]
            + 2.5 * partner
            + 0.9 * math.log1p(views) / math.log(13)
            + 1.0 * demo
            - 1.2 * unsubscribed
        )
        label = bool(rng.random() < 1 / (1 + math.exp(-logit)))
        facts = [Fact("page_view", T0 - timedelta(hours=h + 1)) for h in range(views)]
        facts += [Fact("demo_request", T0 - timedelta(days=1))] if demo else []
        facts += [Fact("unsubscribe", T0 - timedelta(days=2))] if unsubscribed else []
        attributes = {
            "budget": budget,
            "noise": f"n{rng.integers(60)}",
            "color": ["red", "green", "blue"][rng.integers(3)],
        }
        if partner:
            attributes["channel"] = "partner"
        elif rng.random() < 0.5:
            attributes["channel"] = ["ads", "organic"][rng.integers(2)]
        values = {"industry": industry, "company_size": size, "attributes": attributes}
        out.append(example(i, values, facts, T0, label))
    return out


def raw_frame(examples: list[Example]) -> pd.DataFrame:
    """The raw columns for the tree learners: text as categories, numbers as numbers."""
    rows = []
    for e in examples:
        row = {
            "source": e.values.get("source") or None,
            "industry": e.values.get("industry") or None,
            "company_size": e.values.get("company_size"),
        }
        row.update({f"a_{k}": v for k, v in e.values["attributes"].items()})
        row.update({f"did_{t}": e.counts.get(t, 0) for t in LABELS})
        row.update({m: e.measured[m] for m in ("page_views", "visits", "time_on_site")})
        rows.append(row)
    frame = pd.DataFrame(rows)
    for column in frame.columns:
        if pd.api.types.is_numeric_dtype(frame[column]):
            frame[column] = frame[column].astype(float)
        else:
            frame[column] = frame[column].astype("category")
    return frame.loc[:, frame.nunique(dropna=False) > 1]


def capped_categories(frame: pd.DataFrame, n_train: int) -> pd.DataFrame:
    """HistGradientBoosting takes at most 255 categories a column: the rarer ones (in the
    training part) are pooled as "other"."""
    frame = frame.copy()
    for column in frame.columns:
        if isinstance(frame[column].dtype, pd.CategoricalDtype):
            keep = frame[column].iloc[:n_train].value_counts().index[:250]
            text = frame[column].astype(object)
            pooled = text.where(text.isin(keep) | text.isna(), "other")
            frame[column] = pooled.astype("category")
    return frame


def onehot(train: list[Example], both: list[Example]) -> sparse.csr_matrix:
    """One column per level of every shape (categories with support, quantile bins, did it /
    never), as LeadCRM's fit sees them, learnt on the training part."""
    shapes = candidate_shapes(train, LABELS)
    offsets = np.cumsum([0] + [len(s.levels) for s in shapes])
    rows, cols = [], []
    for i, e in enumerate(both):
        for j, shape in enumerate(shapes):
            rows.append(i)
            cols.append(offsets[j] + shape.level_of(e))
    return sparse.csr_matrix(
        (np.ones(len(rows)), (rows, cols)), shape=(len(both), int(offsets[-1]))
    )


def run(name: str, examples: list[Example], seed: int) -> dict:
    labels = np.array([e.label for e in examples], dtype=int)
    index = np.arange(len(examples))
    train_i, test_i = train_test_split(index, test_size=0.2, stratify=labels, random_state=seed)
    train = [examples[i] for i in train_i]
    test = [examples[i] for i in test_i]
    y_train, y_test = labels[train_i], labels[test_i]
    figures: dict = {"data": name, "leads": len(examples), "won": int(labels.sum())}

    started = time.perf_counter()
    fitted = fit(train, seed=seed, activity_labels=LABELS)
    spec = fitted.spec()
    scores = engine_scores(test, spec)
    figures["leadcrm"] = roc_auc_score(y_test, scores)
    figures["leadcrm_cv"] = fitted.report["cv_auc"]
    figures["leadcrm_brier"] = brier_score_loss(y_test, np.array(fitted.calibration)[scores])
    figures["rules"] = len(fitted.rules)
    figures["saturated"] = fitted.report["saturated"]
    figures["fit_s"] = time.perf_counter() - started

    X = onehot(train, train + test)
    lr = LogisticRegression(max_iter=5000).fit(X[: len(train)], y_train)
    figures["logistic"] = roc_auc_score(y_test, lr.decision_function(X[len(train) :]))

    frame = raw_frame(train + test)
    hgb = HistGradientBoostingClassifier(categorical_features="from_dtype", random_state=seed)
    capped = capped_categories(frame, len(train))
    hgb.fit(capped.iloc[: len(train)], y_train)
    figures["hist_gb"] = roc_auc_score(y_test, hgb.predict_proba(capped.iloc[len(train) :])[:, 1])
    try:
        from interpret.glassbox import ExplainableBoostingClassifier
    except ImportError:
        figures["ebm"] = None
    else:
        ebm = ExplainableBoostingClassifier(interactions=0, random_state=seed)
        ebm.fit(frame.iloc[: len(train)], y_train)
        figures["ebm"] = roc_auc_score(y_test, ebm.predict_proba(frame.iloc[len(train) :])[:, 1])
    return figures


def report(f: dict) -> None:
    ebm = f["ebm"]
    print(f"\n{f['data']}: {f['leads']} leads, {f['won']} won; held-out 20%, ROC AUC")
    print(f"  LeadCRM fit            {f['leadcrm']:.4f}   (CV on the 80%: {f['leadcrm_cv']:.4f})")
    print(f"  logistic regression    {f['logistic']:.4f}")
    print(f"  EBM (interpret-core)   {ebm:.4f}" if ebm is not None else "  EBM  not installed")
    print(f"  HistGradientBoosting   {f['hist_gb']:.4f}")
    print(
        f"  fit: {f['rules']} rules, {f['saturated']} training leads saturated, "
        f"held-out Brier {f['leadcrm_brier']:.4f}, {f['fit_s']:.1f} s"
    )
    checks = [
        ("LeadCRM >= logistic", f["leadcrm"] >= f["logistic"] - 1e-9),
        ("|CV - held-out| <= 0.01", abs(f["leadcrm_cv"] - f["leadcrm"]) <= 0.01),
    ]
    if ebm is not None:
        checks.append(("LeadCRM >= EBM - 0.005", f["leadcrm"] >= ebm - 0.005))
    print("  " + ", ".join(f"{label}: {'yes' if ok else 'NO'}" for label, ok in checks))


def main() -> None:
    logging.getLogger("interpret").setLevel(logging.WARNING)  # it logs every boosting round
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--only", choices=["olist", "generated"])
    args = parser.parse_args()
    if args.only != "generated":
        if OLIST.is_dir():
            report(run("Olist", olist(), args.seed))
        else:
            print(f"Olist skipped: no folder {OLIST}")
    if args.only != "olist":
        report(run("Generated", generated(), args.seed))


if __name__ == "__main__":
    main()
