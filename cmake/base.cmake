# base: statuses, diagnostics, text and number helpers, hashing, the message
# catalogue and its lookups (gettext). Uses the C library (with its libintl) and Nettle
# (SHA-256) only.
add_library(charta_base STATIC
  src/base/status.c
  src/base/diag.c
  src/base/printable.c
  src/base/util.c
  src/base/pathfull.c
  src/base/hashtab.c
  src/base/hash.c
  src/base/textenc.c
  src/base/numparse.c
  src/base/numfmt.c
  src/base/messages.c
  src/base/i18n.c)
target_link_libraries(charta_base PUBLIC ${M_LIBRARY} PkgConfig::NETTLE)
