// Linked with one core module and the modules it may use (core/CMakeLists.txt):
// the shared object fails to link if the module calls into any other.
