"""``python -m livechat_typed``: the ``livechat-typed`` command line (see ``_cli``)."""

from ._cli import main

raise SystemExit(main())
