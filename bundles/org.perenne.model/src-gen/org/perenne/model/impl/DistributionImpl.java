/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.perenne.model.Distribution;
import org.perenne.model.DistributionKind;
import org.perenne.model.Estimate;
import org.perenne.model.PerennePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Distribution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.impl.DistributionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.perenne.model.impl.DistributionImpl#getMin <em>Min</em>}</li>
 *   <li>{@link org.perenne.model.impl.DistributionImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.perenne.model.impl.DistributionImpl#getMax <em>Max</em>}</li>
 *   <li>{@link org.perenne.model.impl.DistributionImpl#getMean <em>Mean</em>}</li>
 *   <li>{@link org.perenne.model.impl.DistributionImpl#getStandardDeviation <em>Standard Deviation</em>}</li>
 *   <li>{@link org.perenne.model.impl.DistributionImpl#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.perenne.model.impl.DistributionImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.perenne.model.impl.DistributionImpl#getWeights <em>Weights</em>}</li>
 *   <li>{@link org.perenne.model.impl.DistributionImpl#getEstimates <em>Estimates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DistributionImpl extends EObjectImpl implements Distribution {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DistributionKind KIND_EDEFAULT = DistributionKind.FIXED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DistributionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMin() <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMin()
	 * @generated
	 * @ordered
	 */
	protected double min = MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final double MODE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected double mode = MODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMax() <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMax()
	 * @generated
	 * @ordered
	 */
	protected double max = MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getMean() <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMean()
	 * @generated
	 * @ordered
	 */
	protected static final double MEAN_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMean() <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMean()
	 * @generated
	 * @ordered
	 */
	protected double mean = MEAN_EDEFAULT;

	/**
	 * The default value of the '{@link #getStandardDeviation() <em>Standard Deviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardDeviation()
	 * @generated
	 * @ordered
	 */
	protected static final double STANDARD_DEVIATION_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStandardDeviation() <em>Standard Deviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardDeviation()
	 * @generated
	 * @ordered
	 */
	protected double standardDeviation = STANDARD_DEVIATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected static final double PROBABILITY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getProbability() <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProbability()
	 * @generated
	 * @ordered
	 */
	protected double probability = PROBABILITY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> values;

	/**
	 * The cached value of the '{@link #getWeights() <em>Weights</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeights()
	 * @generated
	 * @ordered
	 */
	protected EList<Double> weights;

	/**
	 * The cached value of the '{@link #getEstimates() <em>Estimates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimates()
	 * @generated
	 * @ordered
	 */
	protected EList<Estimate> estimates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DistributionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PerennePackage.Literals.DISTRIBUTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DistributionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DistributionKind newKind) {
		DistributionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.DISTRIBUTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMin() {
		return min;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMin(double newMin) {
		double oldMin = min;
		min = newMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.DISTRIBUTION__MIN, oldMin, min));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(double newMode) {
		double oldMode = mode;
		mode = newMode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.DISTRIBUTION__MODE, oldMode, mode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMax() {
		return max;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMax(double newMax) {
		double oldMax = max;
		max = newMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.DISTRIBUTION__MAX, oldMax, max));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMean() {
		return mean;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMean(double newMean) {
		double oldMean = mean;
		mean = newMean;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.DISTRIBUTION__MEAN, oldMean, mean));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStandardDeviation() {
		return standardDeviation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStandardDeviation(double newStandardDeviation) {
		double oldStandardDeviation = standardDeviation;
		standardDeviation = newStandardDeviation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.DISTRIBUTION__STANDARD_DEVIATION, oldStandardDeviation, standardDeviation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getProbability() {
		return probability;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProbability(double newProbability) {
		double oldProbability = probability;
		probability = newProbability;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PerennePackage.DISTRIBUTION__PROBABILITY, oldProbability, probability));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getValues() {
		if (values == null) {
			values = new EDataTypeEList<Double>(Double.class, this, PerennePackage.DISTRIBUTION__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Double> getWeights() {
		if (weights == null) {
			weights = new EDataTypeEList<Double>(Double.class, this, PerennePackage.DISTRIBUTION__WEIGHTS);
		}
		return weights;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Estimate> getEstimates() {
		if (estimates == null) {
			estimates = new EObjectContainmentEList<Estimate>(Estimate.class, this, PerennePackage.DISTRIBUTION__ESTIMATES);
		}
		return estimates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PerennePackage.DISTRIBUTION__ESTIMATES:
				return ((InternalEList<?>)getEstimates()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PerennePackage.DISTRIBUTION__KIND:
				return getKind();
			case PerennePackage.DISTRIBUTION__MIN:
				return getMin();
			case PerennePackage.DISTRIBUTION__MODE:
				return getMode();
			case PerennePackage.DISTRIBUTION__MAX:
				return getMax();
			case PerennePackage.DISTRIBUTION__MEAN:
				return getMean();
			case PerennePackage.DISTRIBUTION__STANDARD_DEVIATION:
				return getStandardDeviation();
			case PerennePackage.DISTRIBUTION__PROBABILITY:
				return getProbability();
			case PerennePackage.DISTRIBUTION__VALUES:
				return getValues();
			case PerennePackage.DISTRIBUTION__WEIGHTS:
				return getWeights();
			case PerennePackage.DISTRIBUTION__ESTIMATES:
				return getEstimates();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PerennePackage.DISTRIBUTION__KIND:
				setKind((DistributionKind)newValue);
				return;
			case PerennePackage.DISTRIBUTION__MIN:
				setMin((Double)newValue);
				return;
			case PerennePackage.DISTRIBUTION__MODE:
				setMode((Double)newValue);
				return;
			case PerennePackage.DISTRIBUTION__MAX:
				setMax((Double)newValue);
				return;
			case PerennePackage.DISTRIBUTION__MEAN:
				setMean((Double)newValue);
				return;
			case PerennePackage.DISTRIBUTION__STANDARD_DEVIATION:
				setStandardDeviation((Double)newValue);
				return;
			case PerennePackage.DISTRIBUTION__PROBABILITY:
				setProbability((Double)newValue);
				return;
			case PerennePackage.DISTRIBUTION__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends Double>)newValue);
				return;
			case PerennePackage.DISTRIBUTION__WEIGHTS:
				getWeights().clear();
				getWeights().addAll((Collection<? extends Double>)newValue);
				return;
			case PerennePackage.DISTRIBUTION__ESTIMATES:
				getEstimates().clear();
				getEstimates().addAll((Collection<? extends Estimate>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PerennePackage.DISTRIBUTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PerennePackage.DISTRIBUTION__MIN:
				setMin(MIN_EDEFAULT);
				return;
			case PerennePackage.DISTRIBUTION__MODE:
				setMode(MODE_EDEFAULT);
				return;
			case PerennePackage.DISTRIBUTION__MAX:
				setMax(MAX_EDEFAULT);
				return;
			case PerennePackage.DISTRIBUTION__MEAN:
				setMean(MEAN_EDEFAULT);
				return;
			case PerennePackage.DISTRIBUTION__STANDARD_DEVIATION:
				setStandardDeviation(STANDARD_DEVIATION_EDEFAULT);
				return;
			case PerennePackage.DISTRIBUTION__PROBABILITY:
				setProbability(PROBABILITY_EDEFAULT);
				return;
			case PerennePackage.DISTRIBUTION__VALUES:
				getValues().clear();
				return;
			case PerennePackage.DISTRIBUTION__WEIGHTS:
				getWeights().clear();
				return;
			case PerennePackage.DISTRIBUTION__ESTIMATES:
				getEstimates().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PerennePackage.DISTRIBUTION__KIND:
				return kind != KIND_EDEFAULT;
			case PerennePackage.DISTRIBUTION__MIN:
				return min != MIN_EDEFAULT;
			case PerennePackage.DISTRIBUTION__MODE:
				return mode != MODE_EDEFAULT;
			case PerennePackage.DISTRIBUTION__MAX:
				return max != MAX_EDEFAULT;
			case PerennePackage.DISTRIBUTION__MEAN:
				return mean != MEAN_EDEFAULT;
			case PerennePackage.DISTRIBUTION__STANDARD_DEVIATION:
				return standardDeviation != STANDARD_DEVIATION_EDEFAULT;
			case PerennePackage.DISTRIBUTION__PROBABILITY:
				return probability != PROBABILITY_EDEFAULT;
			case PerennePackage.DISTRIBUTION__VALUES:
				return values != null && !values.isEmpty();
			case PerennePackage.DISTRIBUTION__WEIGHTS:
				return weights != null && !weights.isEmpty();
			case PerennePackage.DISTRIBUTION__ESTIMATES:
				return estimates != null && !estimates.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(", min: ");
		result.append(min);
		result.append(", mode: ");
		result.append(mode);
		result.append(", max: ");
		result.append(max);
		result.append(", mean: ");
		result.append(mean);
		result.append(", standardDeviation: ");
		result.append(standardDeviation);
		result.append(", probability: ");
		result.append(probability);
		result.append(", values: ");
		result.append(values);
		result.append(", weights: ");
		result.append(weights);
		result.append(')');
		return result.toString();
	}

} //DistributionImpl
