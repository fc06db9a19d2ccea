#pragma once

// The three shapes of ANALYSES.md A1 and their inverse CDFs (A2).
namespace dtx {

struct Distribution {
    enum class Shape { Triangular, LogUniform, Uniform };
    Shape shape = Shape::Uniform;
    double low = 0;
    double mode = 0; // triangular only
    double high = 0;

    static Distribution triangular(double low, double mode, double high)
    {
        return {Shape::Triangular, low, mode, high};
    }
    static Distribution logUniform(double low, double high) { return {Shape::LogUniform, low, low, high}; }
    static Distribution uniform(double low, double high) { return {Shape::Uniform, low, low, high}; }
    static Distribution constant(double value) { return triangular(value, value, value); }

    // The value at cumulative probability u in (0, 1).
    double quantile(double u) const;
};

} // namespace dtx
