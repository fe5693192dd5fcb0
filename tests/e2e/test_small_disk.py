"""The full-disk tests' namespace: it works here, and where it cannot be made the tests say
why and what to change, in one line, instead of failing on a scenario's output."""

from __future__ import annotations

from tests.e2e.small_disk import HOW, WHY, namespace_problem


def test_this_machine_can_make_the_private_mount_namespace() -> None:
    assert namespace_problem() is None


def test_a_refused_namespace_is_explained_in_one_line() -> None:
    refused = [
        "sh",
        "-c",
        "echo 'unshare: unshare failed: Operation not permitted' >&2; exit 1",
    ]

    problem = namespace_problem(refused)

    assert problem is not None
    assert "\n" not in problem
    assert problem.startswith(f"{WHY}: sh -c ")
    assert "said: unshare: unshare failed: Operation not permitted;" in problem
    assert problem.endswith(HOW)
    assert "kernel.apparmor_restrict_unprivileged_userns=0" in problem


def test_a_missing_unshare_is_named_with_its_package() -> None:
    problem = namespace_problem(["no-such-unshare-here", "true"])

    assert problem == (
        f"{WHY}: no-such-unshare-here is not installed (Debian: apt-get install util-linux)"
    )
