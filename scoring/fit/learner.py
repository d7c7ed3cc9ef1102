"""The learner: a logistic regression on the shapes' levels, its penalty chosen by
cross-validation, and its out-of-fold log-odds (for an honest AUC and the calibration)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from scoring.fit.shapes import Shape
from scoring.outcomes import Example

# The values of LogisticRegression's C tried (inverse penalty strength), strong to weak.
C_VALUES = tuple(float(c) for c in np.logspace(-2.5, 1.5, 9))
FOLDS = 5


@dataclass
class Learnt:
    intercept: float
    C: float
    oof: np.ndarray  # out-of-fold log-odds, one per example
    folds: int


def design(shapes: list[Shape], examples: list[Example]) -> tuple[sparse.csr_matrix, np.ndarray]:
    """The sparse design matrix, and each example's level per shape (n x shapes)."""
    offsets = np.cumsum([0] + [s.columns() for s in shapes])
    levels = np.array([[s.level_of(e) for s in shapes] for e in examples], dtype=int)
    rows, cols = [], []
    for i in range(len(examples)):
        for j, shape in enumerate(shapes):
            for c in shape.encode(int(levels[i, j])):
                rows.append(i)
                cols.append(offsets[j] + c)
    data = np.ones(len(rows))
    matrix = sparse.csr_matrix((data, (rows, cols)), shape=(len(examples), int(offsets[-1])))
    return matrix, levels


def _logistic(C: float) -> LogisticRegression:
    return LogisticRegression(C=C, max_iter=5000)


def _folds(labels: np.ndarray, seed: int) -> StratifiedKFold:
    smaller = int(min(labels.sum(), len(labels) - labels.sum()))
    return StratifiedKFold(n_splits=min(FOLDS, smaller), shuffle=True, random_state=seed)


def choose_c(X: sparse.csr_matrix, labels: np.ndarray, seed: int) -> float:
    """The penalty with the best cross-validated log-loss (which also ranks well, and keeps
    the log-odds honest for the calibration)."""
    folds = list(_folds(labels, seed).split(X, labels))
    losses = []
    for C in C_VALUES:
        loss = 0.0
        for train, test in folds:
            model = _logistic(C).fit(X[train], labels[train])
            p = np.clip(model.predict_proba(X[test])[:, 1], 1e-12, 1 - 1e-12)
            y = labels[test]
            loss -= float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p)))
        losses.append(loss)
    return C_VALUES[int(np.argmin(losses))]


def learn(
    shapes: list[Shape], X: sparse.csr_matrix, labels: np.ndarray, *, seed: int = 0
) -> Learnt:
    """Fit the levels' log-odds into the shapes (`Shape.values`)."""
    C = choose_c(X, labels, seed)
    model = _logistic(C).fit(X, labels)
    coefs = model.coef_[0]
    start = 0
    for shape in shapes:
        end = start + shape.columns()
        shape.values = shape.level_values(list(coefs[start:end]))
        start = end
    # Other folds than the ones that chose C, so the figure is less flattered by the choice.
    folds = _folds(labels, seed + 1)
    oof = cross_val_predict(_logistic(C), X, labels, cv=folds, method="decision_function")
    return Learnt(
        intercept=float(model.intercept_[0]), C=C, oof=np.asarray(oof), folds=folds.n_splits
    )
