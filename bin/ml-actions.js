#!/usr/bin/env node
// The command-line face of the toolkit: the same bundle the GitHub runner starts.
import '../dist/cli.js';
