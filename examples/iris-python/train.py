"""Trains the iris species classifier with scikit-learn: the same flow as ../iris/train.js.

    python train.py [--data ../iris/iris.csv] [--params params.yaml] [--out .]

Reads params.yaml; ML_SEED in the environment overrides its seed. Writes, under --out:
  model/model.joblib  the fitted RandomForestClassifier with its feature and class names
  metrics.json        accuracy on the held-out rows, and the split sizes
  predictions.csv     one row per held-out flower: id, label, prediction, proba_<species>
Evaluate predictions.csv with the evaluate action (score-columns: proba_*).
"""
import argparse
import csv
import hashlib
import json
import os

import joblib
import numpy as np
import yaml
from sklearn.ensemble import RandomForestClassifier

FEATURES = ["sepal_length", "sepal_width", "petal_length", "petal_width"]
LABEL = "species"

parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
here = os.path.dirname(os.path.abspath(__file__))
parser.add_argument("--data", default=os.path.join(here, "..", "iris", "iris.csv"))
parser.add_argument("--params", default=os.path.join(here, "params.yaml"))
parser.add_argument("--out", default=".")
args = parser.parse_args()

with open(args.params) as file:
    params = yaml.safe_load(file)
seed = int(os.environ.get("ML_SEED", params.get("seed", 0)))

with open(args.data, newline="") as file:
    rows = list(csv.DictReader(file))
X = np.array([[float(row[name]) for name in FEATURES] for row in rows])
y = np.array([row[LABEL] for row in rows])
ids = np.arange(len(rows))

# Stratified split, the same in every language: each species' rows ordered by SHA-256 of "seed:id",
# the first test_size of them held out. (../iris/train.js splits identically, so either model's
# predictions can be the other's baseline.)
train_ids, test_ids = [], []
for species in sorted(set(y)):
    members = sorted(ids[y == species], key=lambda i: (hashlib.sha256(f"{seed}:{i}".encode()).hexdigest(), i))
    held = int(round(len(members) * params["split"]["test_size"]))
    test_ids += members[:held]
    train_ids += members[held:]
train_ids, test_ids = np.sort(train_ids), np.sort(test_ids)
model = RandomForestClassifier(
    n_estimators=params["model"]["n_estimators"],
    max_features=params["model"]["max_features"],
    max_depth=params["model"]["max_depth"],
    random_state=seed,
)
model.fit(X[train_ids], y[train_ids])
probabilities = model.predict_proba(X[test_ids])
predictions = model.classes_[probabilities.argmax(axis=1)]
accuracy = float((predictions == y[test_ids]).mean())

os.makedirs(os.path.join(args.out, "model"), exist_ok=True)
joblib.dump({"model": model, "features": FEATURES, "classes": list(model.classes_), "seed": seed}, os.path.join(args.out, "model", "model.joblib"))
with open(os.path.join(args.out, "metrics.json"), "w") as file:
    json.dump({"accuracy": accuracy, "train_rows": len(train_ids), "test_rows": len(test_ids), "seed": seed}, file, indent=2)
    file.write("\n")
with open(os.path.join(args.out, "predictions.csv"), "w", newline="") as file:
    writer = csv.writer(file, lineterminator="\n")
    writer.writerow(["id", "label", "prediction"] + [f"proba_{name}" for name in model.classes_])
    for row_id, prediction, shares in zip(test_ids, predictions, probabilities):
        # repr keeps every digit, so each row's probabilities still sum to 1 when read back.
        writer.writerow([int(row_id), y[row_id], prediction] + [repr(float(p)) for p in shares])
print(f"trained on {len(train_ids)} rows (seed {seed}); accuracy on {len(test_ids)} held-out rows: {accuracy:.4f}")
