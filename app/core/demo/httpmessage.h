#pragma once

// A minimal HTTP/1.1 request parser and response writer for the loopback server (owned by the demo work).
