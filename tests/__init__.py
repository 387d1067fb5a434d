import pytest

# The shared helpers assert like the tests do: pytest rewrites their ``assert`` statements too
# (registered before anything imports them), so a failing check inside a helper explains itself.
pytest.register_assert_rewrite("tests.helpers")
