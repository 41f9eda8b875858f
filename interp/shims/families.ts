/**
 * Every shim family. Importing this module registers all shims (see registry.ts); each family
 * module is self-contained and registers its entries when loaded.
 */

import "./mem.ts";
import "./num.ts";
import "./seq.ts";
import "./text.ts";
import "./opt.ts";
import "./iter.ts";
import "./fmt.ts";
import "./io.ts";
import "./libc.ts";
import "./thread.ts";
import "./sync.ts";
import "./defaults.ts";
import "./cmp.ts";
import "./extra.ts";
