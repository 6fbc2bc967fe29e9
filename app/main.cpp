#include <cstdio>

int main() {
    std::puts("selection-panel: under construction");
    return 0;
}
