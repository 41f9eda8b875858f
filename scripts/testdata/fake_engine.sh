#!/bin/sh
# A stand-in external engine for scripts/conformance_test.ts: given a case's MIR path, prints the
# case's recorded stdout and stderr and exits with its recorded status (as a perfect engine would).
stem="${1%.mir}"
cat "$stem.stdout"
cat "$stem.stderr" >&2
exit "$(cat "$stem.exit")"
