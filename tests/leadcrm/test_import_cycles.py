"""The apps' modules import each other without cycles, and without imports hidden in functions.

A cycle among top-level imports works only while the modules happen to load in one order; the
usual way out, an import inside a function, hides the dependency from a reader. So: the module
graph of the apps, read from their top-level imports, has no cycle, and no function imports an
app module except an AppConfig.ready (which connects receivers once the apps are loaded).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ("leadcrm", "leads", "scoring", "handoff")


def _app_modules() -> dict[str, Path]:
    modules = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(ROOT).with_suffix("").parts
            if parts[-1] == "__init__":
                parts = parts[:-1]
            modules[".".join(parts)] = path
    return modules


MODULES = _app_modules()


def _module_of(name: str) -> str | None:
    """The app module `name` is, or is an attribute of; None outside the apps."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imported(node: ast.Import | ast.ImportFrom, module: str) -> set[str]:
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            package = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
            parts = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join([*parts, base] if base else parts)
        names = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
    found = {_module_of(name) for name in names}
    return {name for name in found if name and name != module}


def _top_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """Imports that run when the module loads: at the top, or under a top-level if/try."""
    found: list[ast.Import | ast.ImportFrom] = []
    for node in tree.body:
        if isinstance(node, ast.If | ast.Try):
            found += [n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom)]
        elif isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
    return found


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(), str(path))
        graph[module] = set().union(*(_imported(n, module) for n in _top_level_imports(tree)))
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_it_finds_a_cycle_when_there_is_one():
    graph = {"a.x": {"a.y"}, "a.y": {"a.z"}, "a.z": {"a.x"}, "a.w": {"a.x"}}
    assert cycles(graph) == [["a.x", "a.y", "a.z"]]
    assert cycles({"a.x": {"a.y"}, "a.y": set()}) == []


def test_it_reads_imports_of_every_kind():
    assert "leads.imports.running" in import_graph()["leads.tasks"]  # from x import function
    assert "handoff.reports.rollup" in import_graph()["handoff.reports.flow"]  # from pkg import mod
    assert "leads.models" in import_graph()["leads.selectors"]  # a package


def test_it_has_no_import_cycle_among_the_apps_modules():
    assert cycles(import_graph()) == []


def test_it_hides_no_app_import_inside_a_function():
    hidden = []
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(), str(path))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            if function.name == "ready" and module.endswith(".apps"):
                continue  # receivers connect once the app registry is ready
            for node in ast.walk(function):
                if isinstance(node, ast.Import | ast.ImportFrom) and _imported(node, module):
                    hidden.append(f"{module}.{function.name}: line {node.lineno}")
    assert hidden == []


def _imports_celery(module: str) -> bool:
    tree = ast.parse(MODULES[module].read_text(), str(MODULES[module]))
    for node in _top_level_imports(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
        if any(name and name.split(".")[0] == "celery" for name in names):
            return True
    return False


def _closure(graph: dict[str, set[str]], start: str) -> set[str]:
    """The modules `start` loads, itself included."""
    seen, todo = set(), [start]
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo += graph.get(module, ())
    return seen


def test_it_loads_no_celery_with_a_selector():
    # Reads are imported by views, the API and templates' helpers: loading one must not drag in
    # the task modules (and the broker's client) behind a write.
    graph = import_graph()
    assert _imports_celery("leads.tasks")  # the check can see a task module
    selectors = [m for m in MODULES if m.rpartition(".")[2].startswith("selectors")]
    assert len(selectors) >= 4
    found = {s: sorted(m for m in _closure(graph, s) if _imports_celery(m)) for s in selectors}
    assert {s: celery for s, celery in found.items() if celery} == {}
