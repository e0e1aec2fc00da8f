/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Distribution#getKind <em>Kind</em>}</li>
 *   <li>{@link org.perenne.model.Distribution#getMin <em>Min</em>}</li>
 *   <li>{@link org.perenne.model.Distribution#getMode <em>Mode</em>}</li>
 *   <li>{@link org.perenne.model.Distribution#getMax <em>Max</em>}</li>
 *   <li>{@link org.perenne.model.Distribution#getMean <em>Mean</em>}</li>
 *   <li>{@link org.perenne.model.Distribution#getStandardDeviation <em>Standard Deviation</em>}</li>
 *   <li>{@link org.perenne.model.Distribution#getProbability <em>Probability</em>}</li>
 *   <li>{@link org.perenne.model.Distribution#getValues <em>Values</em>}</li>
 *   <li>{@link org.perenne.model.Distribution#getWeights <em>Weights</em>}</li>
 *   <li>{@link org.perenne.model.Distribution#getEstimates <em>Estimates</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getDistribution()
 * @model
 * @generated
 */
public interface Distribution extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.perenne.model.DistributionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.perenne.model.DistributionKind
	 * @see #setKind(DistributionKind)
	 * @see org.perenne.model.PerennePackage#getDistribution_Kind()
	 * @model
	 * @generated
	 */
	DistributionKind getKind();

	/**
	 * Sets the value of the '{@link org.perenne.model.Distribution#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.perenne.model.DistributionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DistributionKind value);

	/**
	 * Returns the value of the '<em><b>Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min</em>' attribute.
	 * @see #setMin(double)
	 * @see org.perenne.model.PerennePackage#getDistribution_Min()
	 * @model
	 * @generated
	 */
	double getMin();

	/**
	 * Sets the value of the '{@link org.perenne.model.Distribution#getMin <em>Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min</em>' attribute.
	 * @see #getMin()
	 * @generated
	 */
	void setMin(double value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see #setMode(double)
	 * @see org.perenne.model.PerennePackage#getDistribution_Mode()
	 * @model
	 * @generated
	 */
	double getMode();

	/**
	 * Sets the value of the '{@link org.perenne.model.Distribution#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see #getMode()
	 * @generated
	 */
	void setMode(double value);

	/**
	 * Returns the value of the '<em><b>Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max</em>' attribute.
	 * @see #setMax(double)
	 * @see org.perenne.model.PerennePackage#getDistribution_Max()
	 * @model
	 * @generated
	 */
	double getMax();

	/**
	 * Sets the value of the '{@link org.perenne.model.Distribution#getMax <em>Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max</em>' attribute.
	 * @see #getMax()
	 * @generated
	 */
	void setMax(double value);

	/**
	 * Returns the value of the '<em><b>Mean</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mean</em>' attribute.
	 * @see #setMean(double)
	 * @see org.perenne.model.PerennePackage#getDistribution_Mean()
	 * @model
	 * @generated
	 */
	double getMean();

	/**
	 * Sets the value of the '{@link org.perenne.model.Distribution#getMean <em>Mean</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mean</em>' attribute.
	 * @see #getMean()
	 * @generated
	 */
	void setMean(double value);

	/**
	 * Returns the value of the '<em><b>Standard Deviation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Standard Deviation</em>' attribute.
	 * @see #setStandardDeviation(double)
	 * @see org.perenne.model.PerennePackage#getDistribution_StandardDeviation()
	 * @model
	 * @generated
	 */
	double getStandardDeviation();

	/**
	 * Sets the value of the '{@link org.perenne.model.Distribution#getStandardDeviation <em>Standard Deviation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard Deviation</em>' attribute.
	 * @see #getStandardDeviation()
	 * @generated
	 */
	void setStandardDeviation(double value);

	/**
	 * Returns the value of the '<em><b>Probability</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Probability</em>' attribute.
	 * @see #setProbability(double)
	 * @see org.perenne.model.PerennePackage#getDistribution_Probability()
	 * @model
	 * @generated
	 */
	double getProbability();

	/**
	 * Sets the value of the '{@link org.perenne.model.Distribution#getProbability <em>Probability</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Probability</em>' attribute.
	 * @see #getProbability()
	 * @generated
	 */
	void setProbability(double value);

	/**
	 * Returns the value of the '<em><b>Values</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Values</em>' attribute list.
	 * @see org.perenne.model.PerennePackage#getDistribution_Values()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getValues();

	/**
	 * Returns the value of the '<em><b>Weights</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weights</em>' attribute list.
	 * @see org.perenne.model.PerennePackage#getDistribution_Weights()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getWeights();

	/**
	 * Returns the value of the '<em><b>Estimates</b></em>' containment reference list.
	 * The list contents are of type {@link org.perenne.model.Estimate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The participants' low, likely and high values of a group estimate, in the order they were given (no names).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimates</em>' containment reference list.
	 * @see org.perenne.model.PerennePackage#getDistribution_Estimates()
	 * @model containment="true"
	 * @generated
	 */
	EList<Estimate> getEstimates();

} // Distribution
