# SPDX-License-Identifier: GPL-3.0-or-later
"""Searches the accessibility tree from one snapshot of it instead of node by node.

dogtail's search asks the application for each node's role, name and children,
one D-Bus call after another, each waiting for its answer: the demo window has
about 3,400 nodes, and under the sanitizers a whole search took 16 to 18 seconds,
most of every UI test. Here the calls for one level of the tree are all sent
before the first answer is read, so the application answers them back to back;
the search filters that snapshot and walks down from where it started only to
the nodes that match, so the tests still get dogtail's live accessible objects.
(GTK's org.a11y.atspi.Cache.GetItems would answer in one call, but GTK 4.8
lists only the nodes someone has already asked for, with indices that do not
match GetChildAtIndex.)"""

import gi

gi.require_version("Atspi", "2.0")
from dogtail import predicate, tree  # noqa: E402
from gi.repository import Atspi, Gio, GLib  # noqa: E402

ROOT_PATH = "/org/a11y/atspi/accessible/root"
NULL_PATH = "/org/a11y/atspi/null"

_connection = None


def _a11y_bus():
    """A connection of our own to the accessibility bus (libatspi's is libdbus's)."""
    global _connection
    if _connection is None:
        session = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        address = session.call_sync("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus", "GetAddress",
                                    None, GLib.VariantType("(s)"), Gio.DBusCallFlags.NONE, -1,
                                    None).unpack()[0]
        _connection = Gio.DBusConnection.new_for_address_sync(
            address,
            Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION,
            None, None)
    return _connection


class Item:
    """One node of the snapshot, as a search's predicate sees it: its role and
    name without a call; anything else is asked of the live node."""

    def __init__(self, snapshot, path, name, role_name):
        self._snapshot = snapshot
        self._path = path
        self._node = None
        self.name = name
        self.roleName = role_name

    def node(self):
        if self._node is None:
            self._node = self._snapshot.resolve(self._path)
            if self._node is None:
                raise GLib.Error("the node left the tree during the search")
        return self._node

    def __getattr__(self, attribute):
        return getattr(self.node(), attribute)


def _call_all(connection, bus_name, calls):
    """The answers to @calls, (path, interface, method, parameters) each, all sent
    at once; an error in place of the answer of a call that failed."""
    answers = [None] * len(calls)
    waiting = [len(calls)]

    def answered(source, result, number):
        try:
            answers[number] = source.call_finish(result).unpack()
        except GLib.Error as error:  # the node has gone since its parent listed it
            answers[number] = error
        waiting[0] -= 1

    for number, (path, interface, method, parameters) in enumerate(calls):
        connection.call(bus_name, path, interface, method, parameters, None, Gio.DBusCallFlags.NONE,
                        30000, None, answered, number)
    context = GLib.MainContext.default()
    while waiting[0]:
        context.iteration(True)
    return answers


class TreeSnapshot:
    """Every node below @top in an application's accessibility tree at one moment."""

    def __init__(self, top):
        self.top = top
        self.parent = {}
        self.index = {}
        self.items = []
        self.windows = {}
        connection = _a11y_bus()
        bus_name = top.app.bus_name
        # (path, number of children) of the nodes whose children are asked for next.
        level = [(top.path, top.get_child_count())]
        while level:
            children = []
            if level[0][0] == ROOT_PATH:
                # The application's windows, asked for as dogtail does: GTK 4.8
                # fails with a critical warning when asked for a window past the
                # last, as one that closed meanwhile would be.
                for index in range(top.get_child_count()):
                    window = top.get_child_at_index(index)
                    if window is not None:
                        self.windows[window.path] = window
                        self.parent[window.path] = ROOT_PATH
                        self.index[window.path] = index
                        children.append(window.path)
            else:
                calls = [(path, "org.a11y.atspi.Accessible", "GetChildAtIndex", GLib.Variant("(i)", (index,)))
                         for path, count in level for index in range(count)]
                parents = [(path, index) for path, count in level for index in range(count)]
                for (parent_path, index), answer in zip(parents, _call_all(connection, bus_name, calls)):
                    if isinstance(answer, GLib.Error) or answer[0][1] == NULL_PATH:
                        continue  # gone since its parent was counted
                    path = answer[0][1]
                    self.parent[path] = parent_path
                    self.index[path] = index
                    children.append(path)
            # Name and ChildCount one by one: GetAll would ask for Parent too,
            # which a GTK 4.8 node that has just left its window answers with
            # a critical warning.
            names = self._property(connection, bus_name, children, "Name")
            counts = self._property(connection, bus_name, children, "ChildCount")
            roles = _call_all(connection, bus_name, [
                (path, "org.a11y.atspi.Accessible", "GetRole", None) for path in children])
            level = []
            for path, name, count, role in zip(children, names, counts, roles):
                if any(isinstance(answer, GLib.Error) for answer in (name, count, role)):
                    continue
                try:
                    role_name = Atspi.role_get_name(Atspi.Role(role[0]))
                except ValueError:
                    role_name = None
                self.items.append((path, name[0], role_name))
                if count[0] > 0:
                    level.append((path, count[0]))

    @staticmethod
    def _property(connection, bus_name, paths, name):
        return _call_all(connection, bus_name, [
            (path, "org.freedesktop.DBus.Properties", "Get", GLib.Variant("(ss)", ("org.a11y.atspi.Accessible", name)))
            for path in paths])

    def _index_path(self, path):
        """The child indices from the top down to @path."""
        indices = []
        while path != self.top.path:
            indices.append(self.index[path])
            path = self.parent[path]
        return tuple(reversed(indices))

    def resolve(self, path):
        """The live node at @path, walked down to from the top."""
        chain = []
        while path != self.top.path:
            if path not in self.parent:
                return None
            chain.append(path)
            path = self.parent[path]
        node = self.top
        for path in reversed(chain):
            if path in self.windows:  # never asked for again, see __init__
                node = self.windows[path]
                continue
            child = node.get_child_at_index(self.index[path])
            if child is None or child.path != path:
                # The tree has changed since the snapshot: look among the children.
                child = next((candidate for candidate in
                              (node.get_child_at_index(index) for index in range(node.get_child_count()))
                              if candidate is not None and candidate.path == path), None)
                if child is None:
                    return None
            node = child
        return node

    def search(self, compare):
        """The live nodes that @compare accepts, in the order of the tree."""
        found = []
        for path, name, role_name in self.items:
            item = Item(self, path, name, role_name)
            if compare(item):
                found.append((self._index_path(path), item))
        found.sort(key=lambda pair: pair[0])
        nodes = []
        for _, item in found:
            try:
                nodes.append(item.node())
            except GLib.Error:  # gone since the snapshot
                continue
        return nodes


def _compare_function(pred):
    return pred.satisfiedByNode if isinstance(pred, predicate.Predicate) else pred


_dogtail_find_children = tree.Node.findChildren
_dogtail_find_child = tree.Node.findChild


def find_children(self, pred, recursive=True, isLambda=False, showingOnly=None):
    if not recursive or showingOnly:
        return _dogtail_find_children(self, pred, recursive, isLambda, showingOnly)
    if self.app is None:  # a node libatspi no longer knows the application of
        return _dogtail_find_children(self, pred, recursive, isLambda, showingOnly)
    try:
        snapshot = TreeSnapshot(self)
    except GLib.Error:  # the node has just gone
        return []
    return snapshot.search(_compare_function(pred))


def find_child(self, pred, recursive=True, debugName=None, retry=True, requireResult=True, showingOnly=None):
    if not recursive or retry or requireResult or showingOnly:
        return _dogtail_find_child(self, pred, recursive, debugName, retry, requireResult, showingOnly)
    found = find_children(self, pred)
    return found[0] if found else None


def install():
    """Makes dogtail's findChildren, and findChild without retries, search a snapshot."""
    tree.Node.findChildren = find_children
    tree.Node.findChild = find_child
