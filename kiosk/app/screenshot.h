#pragma once
#include <filesystem>

namespace kd::app {

// Reads the current GL back buffer (w x h) and writes it as a PNG, top row first.
// Throws std::runtime_error when the file cannot be written.
void WriteFramebufferPng(int width, int height, const std::filesystem::path& out_png);

}  // namespace kd::app
