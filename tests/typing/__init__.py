"""The typing proofs: four type checkers over the cases of ``cases/``."""
